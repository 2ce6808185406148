package io.tandem.survey.instrument;

import io.tandem.survey.definition.InstrumentDefinition;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** What a client sends to start a new instrument, or to replace the content of a draft version. */
@Schema(name = "InstrumentDraft", example = "{\"key\": \"onboarding-pulse\", \"defaultLocale\": \"en\", \"title\": {\"en\": \"Onboarding pulse\", \"de\": \"Onboarding-Puls\"}, \"definition\": {\"items\": [{\"linkId\": \"fit\", \"type\": \"likert\", \"required\": true, \"min\": 1, \"max\": 5, \"text\": {\"en\": \"My mentor and I work well together.\", \"de\": \"Mein Mentor und ich arbeiten gut zusammen.\"}}]}}", description = "The content of a draft version: on create it starts version 1; on replace the key must stay the same.")
public record InstrumentDraft(
        @NotBlank
        @Pattern(regexp = KEY_PATTERN, message = "must be 2-63 lower-case letters, digits or dashes, starting with a letter")
        @Schema(description = "Key, unique in the tenant; versions share it.", example = "onboarding-pulse", maxLength = 63)
        String key,

        @NotBlank
        @Pattern(regexp = LOCALE_PATTERN, message = "must be a language tag such as en or pt-BR")
        @Schema(description = "Locale whose texts are the fallback for every other locale.", example = "en", maxLength = 16)
        String defaultLocale,

        @NotEmpty
        @Size(max = MAX_LOCALES)
        @Schema(description = "Title by locale; must include the default locale.", example = "{\"en\": \"Onboarding pulse\"}")
        Map<@Pattern(regexp = LOCALE_PATTERN, message = "must be a language tag such as en or pt-BR") String,
                @NotBlank @Size(max = MAX_TITLE) String> title,

        @Size(max = MAX_LOCALES)
        @Schema(description = "Optional description by locale.")
        Map<@Pattern(regexp = LOCALE_PATTERN, message = "must be a language tag such as en or pt-BR") String,
                @NotBlank @Size(max = MAX_DESCRIPTION) String> description,

        @Valid
        @Schema(description = "Items, scales and indices; may be incomplete while a draft, checked in full on publish.")
        InstrumentDefinition definition) {

    public static final String KEY_PATTERN = "[a-z][a-z0-9-]{1,62}";
    public static final String LOCALE_PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}";
    public static final int MAX_LOCALES = 50;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;

    public InstrumentDefinition definitionOrEmpty() {
        return definition == null ? InstrumentDefinition.EMPTY : definition;
    }
}
