package com.example.shop.pay

import android.util.Log
import com.stripe.android.PaymentConfiguration
import com.stripe.android.model.ConfirmPaymentIntentParams

data class Execution(val status: String, val referenceId: String, val requiresAction: Boolean, val clientSecret: String?)

class CardPayment {
    fun handle(execution: Execution, paymentMethodId: String): ConfirmPaymentIntentParams? {
        // ok: sensitive-data-logging
        Log.d("Pay", "status=${execution.status} ref=${execution.referenceId}")
        // ok: sensitive-data-logging
        Log.d("Pay", "payment method $paymentMethodId")
        if (execution.requiresAction && execution.clientSecret != null) {
            // ruleid: sensitive-data-logging
            Log.d("Pay", "client_secret=${execution.clientSecret}")
            // ok: sensitive-data-logging
            return ConfirmPaymentIntentParams.createWithPaymentMethodId(paymentMethodId, execution.clientSecret)
        }
        // ruleid: sensitive-data-logging
        Log.i("Pay", "execution: $execution")
        return null
    }
}
