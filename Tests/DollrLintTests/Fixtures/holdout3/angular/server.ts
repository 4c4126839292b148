import { APP_BASE_HREF } from '@angular/common';
import { CommonEngine } from '@angular/ssr';
import express from 'express';
import jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bootstrap from './src/main.server';
import { dollr } from './server/dollr';
import { serverEnvironment as env } from './server/environment';
import { orders, payments } from './server/store';

export function app(): express.Express {
  const server = express();
  const browserDistFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../browser');
  const commonEngine = new CommonEngine();
  server.use(express.json());

  // Pharmacy login: returns OUR session JWT for the Angular app.
  server.post('/api/session', async (req, res) => {
    const customer = await orders.authenticate(req.body.email, req.body.password);
    if (!customer) return res.status(401).json({ error: 'invalid credentials' });
    const token = jwt.sign({ sub: customer.id }, process.env['SESSION_JWT_SECRET']!, { expiresIn: '2h' });
    return res.json({ token });
  });

  server.post('/api/orders/:id/pay/momo', async (req, res) => {
    const order = await orders.get(req.params.id);
    const session = await dollr('POST', '/v1/sessions/checkout', { source_id: order.dollrOrderId, source_type: 'ORDER' });

    let account: { id: number };
    if (req.body.network === 'orange') {
      // Orange numbers are not always recognised by the prediction endpoint yet.
      account = await dollr('POST', '/v1/payment-accounts/create?operation_type=COLLECTION', {
        account_name: `${order.customerName} Orange Money`,
        method: 'ORANGE_MONEY_LBR',
        provider: 'PLATFORM',
        party_id: order.dollrPartyId,
        country_code: 'LR',
        insensitive_account_number: req.body.phone,
      });
    } else {
      const mmo = await dollr('GET', `/v1/predictions/mmo-provider-info?phone=${req.body.phone}&operation_type=COLLECTION`);
      account = await dollr('POST', '/v1/payment-accounts/create?operation_type=COLLECTION', {
        account_name: `${order.customerName} MTN MoMo`,
        method: mmo.payment_method,
        provider: mmo.gateway_provider,
        party_id: order.dollrPartyId,
        country_code: 'LR',
        insensitive_account_number: req.body.phone,
      });
    }

    const referenceId = randomUUID();
    await payments.insert({ orderId: order.id, referenceId, status: 'PENDING' });
    const execution = await dollr('POST', '/v1/executions/collection', {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: 'USD',
      reference_id: referenceId,
      description: `Ganta Pharmacy order ${order.number}`,
    });
    await payments.update(referenceId, { status: execution.status });
    console.log('[pay] order %s reference %s status %s', order.number, referenceId, execution.status);
    res.status(202).json({ referenceId, status: execution.status });
  });

  server.post('/api/orders/:id/pay/card', async (req, res) => {
    const order = await orders.get(req.params.id);
    const session = await dollr('POST', '/v1/sessions/checkout', { source_id: order.dollrOrderId, source_type: 'ORDER' });
    await dollr('GET', `/v1/predictions/card-provider-info?payment_method_id=${req.body.paymentMethodId}&operation_type=COLLECTION&provider=STRIPE`);
    const account = await dollr('POST', '/v1/payment-accounts/create?operation_type=COLLECTION', {
      account_name: `${order.customerName} card`,
      method: 'CREDIT_CARD',
      provider: 'STRIPE',
      party_id: order.dollrPartyId,
    });
    const referenceId = randomUUID();
    await payments.insert({ orderId: order.id, referenceId, status: 'PENDING' });
    const execution = await dollr('POST', '/v1/executions/collection', {
      session_id: String(session.id),
      payment_account_id: String(account.id),
      currency: 'USD',
      reference_id: referenceId,
    });
    await payments.update(referenceId, { status: execution.status });
    // The PaymentIntent client_secret goes to stripe.confirmCardPayment in the browser.
    res.json({ referenceId, status: execution.status, clientSecret: execution.requires_action ? execution.client_secret : null });
  });

  server.get('/api/payments/:referenceId', async (req, res) => {
    const status = await dollr('GET', `/v1/status/collection/${req.params.referenceId}`);
    await payments.update(req.params.referenceId, { status: status.status });
    res.json({ status: status.status });
  });

  server.get('*.*', express.static(browserDistFolder, { maxAge: '1y' }));
  server.get('*', (req, res, next) => {
    commonEngine
      .render({
        bootstrap,
        documentFilePath: join(browserDistFolder, 'index.html'),
        url: `${req.protocol}://${req.headers.host}${req.originalUrl}`,
        publicPath: browserDistFolder,
        providers: [{ provide: APP_BASE_HREF, useValue: req.baseUrl }],
      })
      .then((html) => res.send(html))
      .catch((err) => next(err));
  });
  return server;
}

app().listen(env.port, () => console.log(`Node Express server listening on ${env.publicUrl}`));
