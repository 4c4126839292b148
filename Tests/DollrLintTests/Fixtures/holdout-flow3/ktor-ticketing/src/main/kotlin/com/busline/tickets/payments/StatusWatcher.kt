package com.busline.tickets.payments

import com.busline.tickets.dollr.DollrClient
import kotlinx.coroutines.delay

// Started right after pay() so the conductor's tablet flips to "PAID" as soon as possible.
class StatusWatcher(
    private val dollr: DollrClient,
    private val bookings: BookingRepository,
) {
    suspend fun watch(bookingId: Long, referenceId: String) {
        while (true) {
            val st = dollr.collectionStatus(referenceId)
            when (st?.status) {
                "COMPLETED" -> {
                    bookings.markPaid(bookingId)
                    return
                }
                "FAILED" -> {
                    bookings.markPaymentFailed(bookingId)
                    return
                }
                else -> delay(2_000)
            }
        }
    }
}
