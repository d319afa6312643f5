package fr.isoc.groupeiot.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ExpressionFactory;
import jakarta.el.StandardELContext;
import org.glassfish.expressly.ExpressionFactoryImpl;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every EL expression of every view parses with the EL implementation Payara runs: a typo in a template otherwise
 * shows only as a 500 on each page that uses it, the error page included.
 */
class ViewExpressionsTest {

    /** {@code #{…}}, where a brace inside a quoted string does not end the expression. */
    private static final Pattern EXPRESSION = Pattern.compile("#\\{((?:[^}'\"]|'[^']*'|\"[^\"]*\")*)}");

    @Test
    void everyExpressionInTheViewsParses() throws IOException {
        ExpressionFactory factory = new ExpressionFactoryImpl();
        ELContext context = new StandardELContext(factory);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = EXPRESSION.matcher(Files.readString(view));
                while (matcher.find()) {
                    checked++;
                    try {
                        factory.createValueExpression(context, matcher.group(), Object.class);
                    } catch (ELException unparsable) {
                        broken.add(view + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(broken).isEmpty();
    }
}
