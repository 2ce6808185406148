package io.tandem.support.disclosure;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionTest {

    private static Map<String, Integer> groups(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aLoneSmallGroupTakesTheNextSmallestWithIt() {
        assertThat(Suppression.hidden(groups("a", 12, "b", 3, "c", 7, "d", 9), 5))
                .containsOnlyKeys("b", "c").containsEntry("c", Suppression.COMPLEMENT);
    }

    @Test
    void twoSmallGroupsHideEachOtherAndEmptyGroupsRevealNobody() {
        assertThat(Suppression.hidden(groups("a", 12, "b", 3, "c", 1, "d", 0), 5)).containsOnlyKeys("b", "c");
        assertThat(Suppression.hidden(groups("a", 12, "b", 5, "d", 0), 5)).isEmpty();
    }

    @Test
    void theMinimumIsNeverBelowThree() {
        assertThat(Suppression.minimum(1)).isEqualTo(3);
        assertThat(Suppression.minimum(8)).isEqualTo(8);
    }
}
