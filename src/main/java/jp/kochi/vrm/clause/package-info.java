/**
 * The clause library (契約条項): versioned clause wording with placeholders, the applicability rules that make a
 * clause mandatory for a contract's facts (one rule engine: {@link jp.kochi.vrm.clause.ApplicabilityRule} and
 * {@link jp.kochi.vrm.clause.ClauseSelection}), and the evidence each clause asks the contractor for.
 */
package jp.kochi.vrm.clause;
