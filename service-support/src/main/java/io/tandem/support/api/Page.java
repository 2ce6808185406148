package io.tandem.support.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list; pass {@code nextCursor} back as {@code cursor} for the next one. */
@Schema(description = "One page of results. nextCursor is absent on the last page.")
public record Page<T>(
        @Schema(maxItems = Cursors.MAX_LIMIT, description = "At most the requested limit.") List<T> items,
        @Schema(description = "Opaque cursor of the next page; absent on the last page.", nullable = true, maxLength = Cursors.LENGTH)
        String nextCursor) {
}
