import { Pool } from "pg";
import { config } from "../config";

const pool = new Pool({ connectionString: config.databaseUrl });

async function one(sql: string, params: unknown[]) {
  const { rows } = await pool.query(sql, params);
  return rows[0];
}

export const db = {
  orders: {
    findById: (id: string) => one("select * from orders_view where id = $1", [id]),
    create: (o: { number: string; customerId: string; total: number }) =>
      one("insert into orders (number, customer_id, total) values ($1, $2, $3) returning *", [o.number, o.customerId, o.total]),
    update: (id: string, patch: { status: string }) => one("update orders set status = $2 where id = $1 returning *", [id, patch.status]),
  },
  customers: {
    findById: (id: string) => one("select * from customers_view where id = $1", [id]),
  },
  payments: {
    insert: (p: Record<string, unknown>) =>
      one(
        "insert into payments (order_id, provider, reference_id, session_id, status) values ($1, $2, $3, $4, $5) returning *",
        [p.orderId, p.provider, p.referenceId, p.sessionId, p.status],
      ),
    findLatestForOrder: (orderId: string) =>
      one("select * from payments where order_id = $1 order by created_at desc limit 1", [orderId]),
  },
};
