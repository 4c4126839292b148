import 'dart:math';

import 'package:flutter/material.dart';
import 'package:flutter_stripe/flutter_stripe.dart';

import 'config.dart';
import 'services/ride_api.dart';

void main() {
  WidgetsFlutterBinding.ensureInitialized();
  Stripe.publishableKey = AppConfig.stripePublishableKey;
  runApp(const LofaRideApp());
}

class LofaRideApp extends StatelessWidget {
  const LofaRideApp({super.key});

  @override
  Widget build(BuildContext context) => MaterialApp(title: 'Lofa Ride', home: PayScreen(api: RideApi(''), rideId: ''));
}

class PayScreen extends StatefulWidget {
  const PayScreen({super.key, required this.api, required this.rideId});

  final RideApi api;
  final String rideId;

  @override
  State<PayScreen> createState() => _PayScreenState();
}

class _PayScreenState extends State<PayScreen> {
  final _phone = TextEditingController();
  String _message = '';

  Future<void> _payByMomo() async {
    final start = await widget.api.payWithMomo(widget.rideId, _phone.text.trim());
    setState(() => _message = 'Approve the payment on your phone');
    await _waitForResult(start.referenceId);
  }

  Future<void> _payByCard() async {
    final paymentMethod = await Stripe.instance.createPaymentMethod(
      params: const PaymentMethodParams.card(paymentMethodData: PaymentMethodData()),
    );
    final start = await widget.api.payWithCard(widget.rideId, paymentMethod.id);
    if (start.requiresAction && start.clientSecret != null) {
      debugPrint('3DS required for ${start.referenceId}, client_secret=${start.clientSecret}');
      // 3-D Secure: the PaymentIntent client secret goes to the Stripe SDK, as designed.
      await Stripe.instance.handleNextAction(start.clientSecret!);
    }
    await _waitForResult(start.referenceId);
  }

  /// Polls the ride API (not Dollr) with a growing delay; MoMo can take minutes.
  Future<void> _waitForResult(String referenceId) async {
    var delay = const Duration(seconds: 2);
    for (var attempt = 0; attempt < 10; attempt++) {
      await Future<void>.delayed(delay);
      final status = await widget.api.paymentStatus(referenceId);
      debugPrint('payment $referenceId: $status');
      if (status == 'COMPLETED' || status == 'FAILED') {
        setState(() => _message = status == 'COMPLETED' ? 'Paid, thank you!' : 'Payment failed');
        return;
      }
      delay = Duration(seconds: min(delay.inSeconds * 2, 30));
    }
    setState(() => _message = 'Still waiting for your approval. We will notify you.');
  }

  @override
  Widget build(BuildContext context) => Scaffold(
        appBar: AppBar(title: const Text('Pay for your ride')),
        body: Column(children: [
          TextField(controller: _phone, decoration: const InputDecoration(labelText: 'MoMo number (231...)')),
          ElevatedButton(onPressed: _payByMomo, child: const Text('Pay with MoMo')),
          ElevatedButton(onPressed: _payByCard, child: const Text('Pay with card')),
          Text(_message),
        ]),
      );
}
