import 'dart:convert';
import 'dart:io';

import 'package:lofa_ride_server/dollr.dart';
import 'package:lofa_ride_server/store.dart';
import 'package:shelf/shelf.dart';
import 'package:shelf/shelf_io.dart' as io;
import 'package:shelf_router/shelf_router.dart';
import 'package:uuid/uuid.dart';

Future<void> main() async {
  final env = Platform.environment;
  final dollr = Dollr(clientId: env['DOLLR_CLIENT_ID']!, clientSecret: env['DOLLR_CLIENT_SECRET']!);
  final store = await Store.connect(env['DATABASE_URL']!);
  const uuid = Uuid();

  Response json(Object body, {int status = 200}) =>
      Response(status, body: jsonEncode(body), headers: {'Content-Type': 'application/json'});

  final app = Router()
    ..post('/rides/<rideId>/pay/momo', (Request req, String rideId) async {
      final rider = await store.riderForSession(req.headers['authorization']);
      final body = jsonDecode(await req.readAsString()) as Map<String, dynamic>;
      final ride = await store.ride(rideId);

      final mmo = await dollr.mmoProviderInfo(body['phone'] as String);
      final session = await dollr.checkoutSession(ride.dollrOrderId);
      final account = await dollr.momoAccount(
        partyId: rider.dollrPartyId,
        phone: body['phone'] as String,
        method: mmo['payment_method'] as String,
        provider: mmo['gateway_provider'] as String,
      );

      // Idempotency key saved before the execute call.
      final referenceId = uuid.v4();
      await store.insertPayment(rideId: rideId, referenceId: referenceId, sessionId: session['id'] as int);

      final execution = await dollr.collect(
        sessionId: '${session['id']}',
        paymentAccountId: '${account['id']}',
        referenceId: referenceId,
      );
      await store.updatePaymentStatus(referenceId, execution['status'] as String);
      print('payment $referenceId for ride $rideId: ${execution['status']}');
      return json({'reference_id': referenceId, 'status': execution['status']}, status: 202);
    })
    ..post('/rides/<rideId>/pay/card', (Request req, String rideId) async {
      final rider = await store.riderForSession(req.headers['authorization']);
      final ride = await store.ride(rideId);
      final session = await dollr.checkoutSession(ride.dollrOrderId);
      final account = await dollr.cardAccount(rider.dollrPartyId);

      final referenceId = uuid.v4();
      await store.insertPayment(rideId: rideId, referenceId: referenceId, sessionId: session['id'] as int);

      final execution = await dollr.collect(
        sessionId: '${session['id']}',
        paymentAccountId: '${account['id']}',
        referenceId: referenceId,
      );
      await store.updatePaymentStatus(referenceId, execution['status'] as String);
      return json({
        'reference_id': referenceId,
        'status': execution['status'],
        'requires_action': execution['requires_action'] ?? false,
        // For Stripe's handleNextAction on the phone (3-D Secure).
        'client_secret': execution['client_secret'],
      });
    })
    ..get('/payments/<referenceId>', (Request req, String referenceId) async {
      final status = await dollr.collectionStatus(referenceId);
      await store.updatePaymentStatus(referenceId, status['status'] as String);
      return json({'reference_id': referenceId, 'status': status['status']});
    })
    ..post('/payments/<referenceId>/realtime-key', (Request req, String referenceId) async {
      final payment = await store.payment(referenceId);
      final key = await dollr.realtimeKey(payment.sessionId, referenceId);
      // A Supabase Realtime key scoped to this payment, made for the app.
      return json({'access_token': key['access_token'], 'expires_in': key['expires_in']});
    });

  final port = int.parse(env['PORT'] ?? '8080');
  await io.serve(const Pipeline().addMiddleware(logRequests()).addHandler(app.call), InternetAddress.anyIPv4, port);
  print('Ride API listening on :$port');
}
