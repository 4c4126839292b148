import { useEffect, useState } from "react";
import type { GetServerSideProps } from "next";

export const getServerSideProps: GetServerSideProps = async () => {
  // ok: client-bundle-secret
  const res = await fetch("https://api.heydollr.app/v1/jwt/client/obtain/token", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      client_id: process.env.DOLLR_CLIENT_ID,
      // ok: client-bundle-secret
      client_secret: process.env.DOLLR_CLIENT_SECRET,
    }),
  });
  return { props: { ready: res.ok } };
};

export default function Checkout({ ready }: { ready: boolean }) {
  const [status, setStatus] = useState("idle");
  useEffect(() => {
    // ruleid: client-bundle-secret
    const secret = process.env.DOLLR_CLIENT_SECRET;
    if (ready && secret) setStatus("ready");
  }, [ready]);
  return <p>{status}</p>;
}
