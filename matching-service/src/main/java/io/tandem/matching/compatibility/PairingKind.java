package io.tandem.matching.compatibility;

/** Which way experience flows: classic (senior mentors), reverse (junior mentors) or peer (no order). */
public enum PairingKind {
    CLASSIC, REVERSE, PEER
}
