import postgres from "postgres";

export const sql = postgres(import.meta.env.DATABASE_URL, { max: 5 });

export type Booking = {
  id: number;
  guest_name: string;
  guest_phone: string;
  dollr_party_id: number;
  dollr_invoice_id: number;
  nights: number;
};

export async function findBooking(id: number): Promise<Booking | undefined> {
  const rows = await sql<Booking[]>`select * from bookings where id = ${id}`;
  return rows[0];
}
