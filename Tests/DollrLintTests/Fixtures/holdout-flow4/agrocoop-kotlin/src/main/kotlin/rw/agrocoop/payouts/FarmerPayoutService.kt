package rw.agrocoop.payouts

import org.slf4j.LoggerFactory
import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import rw.agrocoop.gateway.DollrGateway
import java.math.BigDecimal
import java.util.UUID

@Service
class FarmerPayoutService(
    private val gateway: DollrGateway,
    private val ledger: PayoutLedger,
    @Value("\${payouts.passcode}") private val passcode: String,
    @Value("\${payouts.passcode-phone}") private val passcodePhone: String,
) {
    private val log = LoggerFactory.getLogger(javaClass)

    fun payHarvest(farmer: Farmer, amount: BigDecimal): String {
        val referenceId = UUID.randomUUID().toString()
        ledger.open(farmer.id, referenceId, amount)

        val session = gateway.post(
            "/v1/sessions/payout",
            mapOf(
                "payout_account_id" to farmer.payoutAccountId,
                "amount" to amount,
                "currency" to "rwf",
            ),
        )
        val result = gateway.post(
            "/v1/executions/%s".format("payout"),
            mapOf(
                "session_id" to session["id"].toString(),
                "payout_account_id" to farmer.payoutAccountId.toString(),
                "reference_id" to referenceId,
                "passcode" to mapOf(
                    "token" to mapOf("phone" to passcodePhone, "code" to passcode),
                    "device" to mapOf(
                        "name" to "agrocoop-payroll",
                        "type" to "SERVER",
                        "platform" to "JVM",
                        "user_agent" to "agrocoop/1.4",
                        "client_ip" to "10.20.0.5",
                    ),
                ),
            ),
        )
        log.info("payout {} for farmer {} -> {}", referenceId, farmer.id, result["status"])
        return referenceId
    }

    fun refresh(referenceId: String) {
        val st = gateway.get("/v1/status/payout/$referenceId")
        when (st["status"]) {
            "COMPLETED" -> ledger.markPaid(referenceId)
            "FAILED" -> ledger.markFailed(referenceId)
            else -> ledger.touch(referenceId) // PENDING / PROCESSING: keep waiting
        }
    }
}
