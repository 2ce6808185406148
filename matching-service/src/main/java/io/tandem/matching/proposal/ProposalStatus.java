package io.tandem.matching.proposal;

/** Where a proposal stands; {@link Proposal} allows only the moves between them that the review process knows. */
public enum ProposalStatus {
    /** Made by a run that is not yet published; only staff see it. */
    PROPOSED,
    /** Shown to both people, awaiting their answers. */
    PUBLISHED,
    /** Both people accepted. */
    ACCEPTED,
    /** Either person declined. */
    DECLINED,
    /** Replaced by a newer run, or another recommendation the mentee chose. */
    WITHDRAWN
}
