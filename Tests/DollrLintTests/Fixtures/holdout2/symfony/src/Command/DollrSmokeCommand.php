<?php

namespace App\Command;

use App\Dollr\DollrClient;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Style\SymfonyStyle;

#[AsCommand(name: 'app:dollr:smoke', description: 'Bill the finance desk 0.01 USD end to end after each deploy')]
final class DollrSmokeCommand extends Command
{
    public function __construct(private readonly DollrClient $dollr)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $io = new SymfonyStyle($input, $output);
        $io->writeln('token '.DollrClient::mask($this->dollr->accessToken()));

        $invoice = $this->dollr->post('/v1/invoices/create', [
            'counterparty_id' => 15,
            'currency' => 'USD',
            'note' => 'Deploy smoke test',
            'fee_bearer' => 'PAYEE',
            'as_payment_link' => false,
        ]);
        $this->dollr->post(sprintf('/v1/invoices/%d/items/add', $invoice['id']), [
            'name' => 'Smoke test',
            'currency' => 'USD',
            'qty' => 1,
            'amount' => 0.01,
        ]);
        $this->dollr->put(sprintf('/v1/invoices/%d/publish', $invoice['id']));

        $session = $this->dollr->post('/v1/sessions/checkout', ['source_id' => $invoice['id'], 'source_type' => 'INVOICE']);
        $execution = $this->dollr->post('/v1/executions/collection', [
            'session_id' => (string) $session['id'],
            'payment_account_id' => '18',
            'currency' => 'USD',
            // Fixed key so that re-running the command cannot bill twice.
            'reference_id' => '00000000-0000-0000-0000-000000000000',
        ]);

        $io->success(sprintf('smoke collection %s', $execution['status']));

        return Command::SUCCESS;
    }
}
