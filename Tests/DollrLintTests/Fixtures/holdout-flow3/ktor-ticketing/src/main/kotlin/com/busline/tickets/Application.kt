package com.busline.tickets

import com.busline.tickets.dollr.DollrClient
import com.busline.tickets.payments.BookingRepository
import com.busline.tickets.payments.StatusWatcher
import com.busline.tickets.payments.TicketPaymentService
import io.ktor.http.HttpStatusCode
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.coroutines.launch

fun main() {
    embeddedServer(Netty, port = 8080, module = Application::module).start(wait = true)
}

fun Application.module() {
    install(ContentNegotiation) { json() }

    val dollr = DollrClient()
    val bookings = BookingRepository.fromEnv()
    val payments = TicketPaymentService(dollr, bookings)
    val watcher = StatusWatcher(dollr, bookings)

    routing {
        post("/bookings/{id}/pay") {
            val booking = bookings.find(call.parameters["id"]!!.toLong())
                ?: return@post call.respond(HttpStatusCode.NotFound)
            val form = call.receiveParameters()
            val status = payments.pay(booking, form["paymentAccountId"]!!)
            val reference = bookings.paymentReference(booking.id)!!
            launch { watcher.watch(booking.id, reference) }
            call.respond(mapOf("status" to status, "ticket" to payments.newTicketCode()))
        }
    }
}
