package io.tandem.survey.instrument;

import io.tandem.survey.definition.Limits;

import io.tandem.survey.definition.EnableWhen;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.definition.Item;
import io.tandem.survey.definition.ItemType;
import io.tandem.survey.definition.LocalizedText;
import io.tandem.survey.rules.ItemSpec;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** An instrument version rendered in one locale, for a respondent's screen. */
@Schema(name = "InstrumentForm", description = "An instrument version with every text in one locale (missing texts fall back to the default locale).")
public record InstrumentForm(
        UUID id,
        @Schema(maxLength = Limits.KEY_LENGTH) String key,
        int version,
        @Schema(description = "The locale the texts are in.", example = "en", maxLength = Limits.LOCALE_LENGTH) String locale,
        @Schema(maxLength = InstrumentDraft.MAX_TITLE) String title,
        @Schema(nullable = true, maxLength = InstrumentDraft.MAX_DESCRIPTION) String description,
        @Schema(maxItems = Limits.MAX_ITEMS) List<FormItem> items) {

    @Schema(name = "FormItem")
    public record FormItem(@Schema(maxLength = Limits.LINK_ID_LENGTH) String linkId, ItemType type,
                           @Schema(maxLength = Limits.MAX_TEXT) String text, boolean required, Double min, Double max,
                           boolean integer, @Schema(maxItems = Limits.MAX_ANCHORS) List<FormChoice> anchors,
                           @Schema(maxItems = Limits.MAX_OPTIONS) List<FormChoice> options, Integer maxLength,
                           EnableWhen enableWhen) {
    }

    /** An anchor (value) or option (code) with its label. */
    @Schema(name = "FormChoice")
    public record FormChoice(@Schema(nullable = true) Integer value, @Schema(nullable = true, maxLength = Limits.LINK_ID_LENGTH) String code,
                             @Schema(maxLength = Limits.MAX_LABEL) String label) {
    }

    /** The first requested locale the instrument has (exactly or by language), else its default locale. */
    static String chooseLocale(InstrumentVersion version, List<String> requested) {
        for (String wanted : requested) {
            if (version.title().containsKey(wanted)) {
                return wanted;
            }
            String language = wanted.split("-")[0].toLowerCase(Locale.ROOT);
            if (version.title().containsKey(language)) {
                return language;
            }
        }
        return version.defaultLocale();
    }

    static InstrumentForm render(InstrumentVersion v, String locale) {
        String fallback = v.defaultLocale();
        List<FormItem> items = v.definition().items().stream().map(item -> item(item, locale, fallback)).toList();
        return new InstrumentForm(v.id(), v.key(), v.version(), locale, LocalizedText.pick(v.title(), locale, fallback),
                LocalizedText.pick(v.description(), locale, fallback), items);
    }

    private static FormItem item(Item item, String locale, String fallback) {
        ItemSpec spec = FormSpecs.item(item);
        return new FormItem(item.linkId(), item.type(), LocalizedText.pick(item.text(), locale, fallback), spec.required(),
                spec.lowest(), spec.highest(), spec.integerOnly(), anchors(item, locale, fallback), options(item, locale, fallback),
                item.type() == ItemType.TEXT ? spec.longestText() : null, item.enableWhen());
    }

    private static List<FormChoice> anchors(Item item, String locale, String fallback) {
        return item.anchors() == null ? List.of() : item.anchors().stream()
                .map(a -> new FormChoice(a.value(), null, LocalizedText.pick(a.label(), locale, fallback))).toList();
    }

    private static List<FormChoice> options(Item item, String locale, String fallback) {
        return item.options() == null ? List.of() : item.options().stream()
                .map(o -> new FormChoice(null, o.code(), LocalizedText.pick(o.label(), locale, fallback))).toList();
    }

}
