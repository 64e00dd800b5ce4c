package jp.kochi.vrm.contract;

/**
 * A contract was closed (完了). Fired inside the transaction of the change, so observers' own changes commit or
 * roll back with it.
 */
public record ContractClosed(long contractId, String contractNumber, long contractorId) {
}
