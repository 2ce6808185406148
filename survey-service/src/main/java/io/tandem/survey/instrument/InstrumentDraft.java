package io.tandem.survey.instrument;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** What a client sends to start a new instrument as a draft. */
@Schema(name = "InstrumentDraft", description = "A new instrument, created as draft version 1.")
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
                @NotBlank @Size(max = MAX_DESCRIPTION) String> description) {

    public static final String KEY_PATTERN = "[a-z][a-z0-9-]{1,62}";
    public static final String LOCALE_PATTERN = "[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}";
    public static final int MAX_LOCALES = 50;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
}
