package io.tandem.support.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    @Test
    void matchesTheStandardWebhooksReferenceExample() {
        // the example of the Standard Webhooks specification and its reference libraries
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = Signatures.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifiesAnyOfSeveralSignaturesAndRefusesAChangedBody() {
        String secret = Signatures.newSecret();
        String good = Signatures.sign(secret, "evt_1", 1700000000L, "{}");
        assertThat(Signatures.verify(secret, "evt_1", 1700000000L, "{}", "v1,bm90IGl0 " + good)).isTrue();
        assertThat(Signatures.verify(secret, "evt_1", 1700000000L, "{ }", good)).isFalse();
        assertThat(Signatures.verify(secret, "evt_1", 1700000001L, "{}", good)).isFalse();
        assertThat(Signatures.verify(Signatures.newSecret(), "evt_1", 1700000000L, "{}", good)).isFalse();
    }
}
