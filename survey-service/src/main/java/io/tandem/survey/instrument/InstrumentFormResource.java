package io.tandem.survey.instrument;

import jakarta.validation.constraints.Size;

import java.util.UUID;
import io.tandem.support.security.Roles;
import io.tandem.survey.definition.Limits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Path("/api/v1/instruments/{id}/form")
@Tag(name = "Instruments")
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentFormResource {

    @Inject
    InstrumentCatalog catalog;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE, Roles.SERVICE})
    @Operation(operationId = "getInstrumentForm",
            summary = "Read an instrument version in one locale, chosen by ?locale= or Accept-Language")
    @APIResponse(responseCode = "200", description = "The form; Content-Language names the locale used.",
            content = @Content(schema = @Schema(implementation = InstrumentForm.class)),
            headers = {@Header(name = "ETag", description = "Version of the instrument version's content.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Content-Language", description = "The locale the texts are in.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = Limits.LOCALE_LENGTH))})
    public Response form(@PathParam("id") UUID id,
                         @QueryParam("locale") @Size(max = Limits.LOCALE_LENGTH) @Pattern(regexp = Limits.LOCALE, message = "must be a language tag such as en or pt-BR")
                         @Parameter(description = "Wins over Accept-Language.", example = "de") String locale,
                         @Context HttpHeaders headers) {
        InstrumentVersion version = catalog.get(id);
        List<String> requested = new ArrayList<>();
        if (locale != null) {
            requested.add(locale);
        }
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (!accepted.getLanguage().isEmpty() && !"*".equals(accepted.getLanguage())) {
                requested.add(accepted.toLanguageTag());
            }
        }
        String chosen = InstrumentForm.chooseLocale(version, requested);
        return Response.ok(InstrumentForm.render(version, chosen))
                .header(HttpHeaders.CONTENT_LANGUAGE, chosen).header(HttpHeaders.ETAG, version.etag()).build();
    }
}
