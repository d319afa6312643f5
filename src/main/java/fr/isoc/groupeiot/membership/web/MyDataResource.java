package fr.isoc.groupeiot.membership.web;

import fr.isoc.groupeiot.membership.Member;
import fr.isoc.groupeiot.membership.Members;
import fr.isoc.groupeiot.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "My data" as a file: everything the portal holds about the signed-in member, as JSON, streamed. Only members
 * reach it (web.xml); each gets their own record and nobody else's.
 */
@Path("my-data")
@RequestScoped
public class MyDataResource {

    @Inject
    Members members;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public Response download() {
        Member member = members.signedIn(currentUser.getSubject(), currentUser.getVerifiedEmail()).orElseThrow(NotFoundException::new);
        long id = member.getId();
        StreamingOutput body = out -> members.export(id, out);
        String file = "groupe-iot-my-data-" + LocalDate.now(ZoneId.of("Europe/Paris")) + ".json";
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
