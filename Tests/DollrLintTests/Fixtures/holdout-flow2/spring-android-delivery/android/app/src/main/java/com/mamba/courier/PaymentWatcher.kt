package com.mamba.courier

import android.os.Handler
import android.os.Looper
import kotlinx.serialization.Serializable

/** Shape of GET /deliveries/{id}/live-key on our backend (a Dollr realtime key). */
@Serializable
data class LiveKey(val accessToken: String, val expiresIn: Long, val channel: String)

class PaymentWatcher(private val api: BackendApi, private val realtime: RealtimeSubscriber) {
    private val handler = Handler(Looper.getMainLooper())

    fun watch(deliveryId: Long, onStatus: (String) -> Unit) {
        api.liveKey(deliveryId) { key ->
            realtime.subscribe(key.channel, key.accessToken, onStatus)
            // realtime keys expire in seconds, unlike the backend's Dollr API token
            handler.postDelayed({ watch(deliveryId, onStatus) }, (key.expiresIn - 10) * 1000L)
        }
    }

    fun stop() = handler.removeCallbacksAndMessages(null)
}
