/**
 * 事故・インシデント報告 (policy 6(7), 6(8)): a contractor's first report from the portal or one staff record, the
 * notification within the minute and the escalation when no one acknowledges it, a timeline that only grows, the legal
 * reporting clocks from reference data, decisions with reasons, countermeasures as corrective actions, and closure by a
 * security officer other than the one who recorded the last countermeasure.
 */
package jp.kochi.vrm.incident;
