<?php

namespace App\Controller;

use App\Dollr\DollrClient;
use App\Entity\Payment;
use App\Repository\StorageInvoiceRepository;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Csrf\CsrfTokenManagerInterface;
use Symfony\Component\Uid\Uuid;

#[Route('/invoices/{id}/pay')]
final class CheckoutController extends AbstractController
{
    public function __construct(
        private readonly DollrClient $dollr,
        private readonly StorageInvoiceRepository $invoices,
        private readonly EntityManagerInterface $em,
        private readonly LoggerInterface $logger,
    ) {
    }

    /** The SPA fetches our CSRF token first (Symfony's own token, unrelated to Dollr). */
    #[Route('/csrf', methods: ['GET'])]
    public function csrf(CsrfTokenManagerInterface $csrf): JsonResponse
    {
        return $this->json(['csrf_token' => $csrf->getToken('pay-invoice')->getValue()]);
    }

    #[Route('/momo', methods: ['POST'])]
    public function momo(int $id, Request $request): JsonResponse
    {
        if (!$this->isCsrfTokenValid('pay-invoice', $request->headers->get('X-CSRF-Token'))) {
            return $this->json(['error' => 'invalid csrf token'], 403);
        }
        $invoice = $this->invoices->find($id) ?? throw $this->createNotFoundException();
        $phone = $request->getPayload()->getString('phone');

        $mmo = $this->dollr->get('/v1/predictions/mmo-provider-info', ['phone' => $phone, 'operation_type' => 'COLLECTION']);
        $session = $this->dollr->post('/v1/sessions/checkout', [
            'source_id' => $invoice->getDollrInvoiceId(),
            'source_type' => 'INVOICE',
        ]);
        $account = $this->dollr->post('/v1/payment-accounts/create', [
            'account_name' => $invoice->getCustomerName().' MoMo',
            'provider' => $mmo['gateway_provider'],
            'method' => $mmo['payment_method'],
            'party_id' => $invoice->getDollrPartyId(),
            'country_code' => 'LR',
            'insensitive_account_number' => $phone,
        ], ['operation_type' => 'COLLECTION']);

        // Idempotency key: persisted before the execute call.
        $payment = new Payment($invoice, Uuid::v4()->toRfc4122());
        $this->em->persist($payment);
        $this->em->flush();

        $execution = $this->dollr->post('/v1/executions/collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => (string) $account['id'],
            'currency' => $invoice->getCurrency(),
            'reference_id' => $payment->getReferenceId(),
        ]);
        $payment->setStatus($execution['status']);
        $this->em->flush();

        $this->logger->info('Dollr collection submitted', [
            'reference_id' => $payment->getReferenceId(),
            'status' => $execution['status'],
        ]);

        return $this->json(['reference_id' => $payment->getReferenceId(), 'status' => $execution['status']], 202);
    }

    #[Route('/status/{referenceId}', methods: ['GET'])]
    public function status(string $referenceId): JsonResponse
    {
        $res = $this->dollr->get('/v1/status/collection/'.$referenceId);
        $this->logger->info('Dollr status', ['reference_id' => $referenceId, 'status' => $res['status']]);

        return $this->json(['reference_id' => $referenceId, 'status' => $res['status']]);
    }
}
