package lr.ganta.bakery.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.material3.Button
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import kotlinx.coroutines.launch
import lr.ganta.bakery.data.DollrRepository
import lr.ganta.bakery.data.PayRequest
import lr.ganta.bakery.data.ShopApi

@Composable
fun PayScreen(orderId: Long, shop: ShopApi, dollr: DollrRepository, shopSession: String) {
    var phone by remember { mutableStateOf("231") } // E.164 digits without '+', e.g. 231771234567
    var status by remember { mutableStateOf<String?>(null) }
    var referenceId by remember { mutableStateOf<String?>(null) }
    val scope = rememberCoroutineScope()

    Column {
        OutlinedTextField(value = phone, onValueChange = { phone = it.filter(Char::isDigit) }, label = { Text("MoMo number") })
        Button(onClick = {
            scope.launch {
                val res = shop.pay("Bearer $shopSession", orderId, PayRequest(phone))
                referenceId = res.referenceId
                status = res.status
            }
        }) { Text("Pay with MoMo") }
        referenceId?.let { ref ->
            Button(onClick = { scope.launch { status = dollr.status(ref) } }) { Text("Refresh status") }
        }
        status?.let { Text("Payment: $it") }
    }
}
