package io.tandem.matching.proposal;

/** One side's answer to a published proposal. */
public enum Decision { ACCEPTED, DECLINED }
