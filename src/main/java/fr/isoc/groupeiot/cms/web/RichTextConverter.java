package fr.isoc.groupeiot.cms.web;

import fr.isoc.groupeiot.cms.RichText;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The CMS editor's HTML, sanitized on its way in and out of the form ({@link RichText}). The text editor runs with
 * PrimeFaces' own sanitizer off ({@code secure="false"}) because that one drops every image's alt, width and height,
 * and site-relative sources: this converter stands in for it. It never fails, so the component never shows back
 * what was submitted unsanitized.
 */
@FacesConverter("portal.richText")
public class RichTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null ? null : RichText.sanitize(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : RichText.sanitize(value);
    }
}
