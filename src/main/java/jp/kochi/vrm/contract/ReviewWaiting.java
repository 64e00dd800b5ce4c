package jp.kochi.vrm.contract;

import java.time.LocalDate;

/**
 * A row of the review queue on the staff home: an obligation whose latest submission waits for a reviewer, read as
 * the values shown (the entities and their histories are not loaded for a list).
 *
 * @param obligationId the obligation, opened to review
 * @param dueDate the obligation's due date (the queue's order)
 * @param evidenceName what was to be handed in
 * @param contractNumber the contract's number
 * @param contractorName the contractor's name
 * @param submittedOn the day (in the city) the latest submission was handed in
 * @param versionNo the latest submission's number (第n版)
 */
public record ReviewWaiting(long obligationId, LocalDate dueDate, String evidenceName, String contractNumber,
        String contractorName, LocalDate submittedOn, int versionNo) {
}
