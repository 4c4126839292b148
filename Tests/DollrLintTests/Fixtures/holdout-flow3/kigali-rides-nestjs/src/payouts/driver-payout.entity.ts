import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('driver_payouts')
export class DriverPayout {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  driverId!: number;

  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  amount!: number;

  @Column()
  payoutAccountId!: number;

  @Column({ nullable: true })
  sessionId?: string;

  @Column({ type: 'uuid', nullable: true })
  referenceId!: string;

  @Column({ default: 'QUEUED' })
  status!: string;

  @Column({ type: 'date', nullable: true })
  settledOn?: string;

  @CreateDateColumn()
  createdAt!: Date;
}
