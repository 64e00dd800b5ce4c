package jp.kochi.vrm.contractor;

/**
 * A contractor was ended (取引終了) in the register, with the reason given. Fired inside the transaction of the
 * change, so observers' own changes commit or roll back with it.
 */
public record ContractorEnded(long contractorId, String reason) {
}
