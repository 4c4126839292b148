package lr.bongmines.market.ui

import android.util.Log
import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import com.stripe.android.payments.paymentlauncher.PaymentLauncher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import lr.bongmines.market.data.MarketApi

data class CheckoutForm(val orderId: Long, val fullName: String, val phone: String)

class CheckoutViewModel(private val api: MarketApi) : ViewModel() {
    private val _state = MutableStateFlow("idle")
    val state: StateFlow<String> = _state

    fun payWithMomo(form: CheckoutForm) = viewModelScope.launch {
        Log.i(TAG, "Paying order ${form.orderId} from ${form.phone} (${form.fullName})")
        val start = withContext(Dispatchers.IO) { api.payWithMomo(form.orderId, form.phone) }
        _state.value = "Approve the payment on your phone"
        awaitResult(start.referenceId)
    }

    fun payWithCard(orderId: Long, paymentMethodId: String, launcher: PaymentLauncher) = viewModelScope.launch {
        val start = withContext(Dispatchers.IO) { api.payWithCard(orderId, paymentMethodId) }
        val clientSecret = start.clientSecret
        if (start.requiresAction && clientSecret != null) {
            // 3-D Secure: Stripe's SDK takes the PaymentIntent client secret.
            launcher.handleNextActionForPaymentIntent(clientSecret)
        }
        awaitResult(start.referenceId)
    }

    /** Polls the Market API with a growing delay; MoMo approval can take minutes. */
    private suspend fun awaitResult(referenceId: String) {
        var waitMillis = 2_000L
        repeat(10) {
            delay(waitMillis)
            val status = withContext(Dispatchers.IO) { api.paymentStatus(referenceId) }
            Log.d(TAG, "payment $referenceId status $status")
            when (status) {
                "COMPLETED" -> { _state.value = "Paid"; return }
                "FAILED" -> { _state.value = "Payment failed"; return }
            }
            waitMillis = (waitMillis * 2).coerceAtMost(30_000L)
        }
        _state.value = "Still waiting for approval"
    }

    private companion object {
        const val TAG = "Checkout"
    }
}
