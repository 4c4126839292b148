import { useState } from "react";
import { ActivityIndicator, Button, StyleSheet, Text, TextInput, View } from "react-native";
import AsyncStorage from "@react-native-async-storage/async-storage";
import * as Crypto from "expo-crypto";
import type { NativeStackScreenProps } from "@react-navigation/native-stack";
import type { RootStackParamList } from "../../App";
import { dollr } from "../api/dollr";

type Props = NativeStackScreenProps<RootStackParamList, "Pay">;
type Execution = { status: "PENDING" | "PROCESSING" | "COMPLETED" | "FAILED" };

export default function PayScreen({ route }: Props) {
  const { invoiceId, partyId, amountLabel } = route.params;
  const [phone, setPhone] = useState("231");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function poll(referenceId: string, delay = 3_000) {
    const result = await dollr<Execution>(`/v1/status/collection/${referenceId}`);
    setStatus(result.status);
    if (result.status === "PENDING" || result.status === "PROCESSING") {
      setTimeout(() => poll(referenceId, Math.min(delay * 2, 60_000)), delay);
    }
  }

  async function pay() {
    setBusy(true);
    console.log("Paying invoice", invoiceId, "from", phone);
    try {
      const mmo = await dollr<{ payment_method: string; gateway_provider: string }>(
        `/v1/predictions/mmo-provider-info?phone=${phone}&operation_type=COLLECTION`,
      );
      const account = await dollr<{ id: number }>("/v1/payment-accounts/create?operation_type=COLLECTION", {
        account_name: "Kamara Shop customer",
        provider: mmo.gateway_provider,
        method: mmo.payment_method,
        party_id: partyId,
        country_code: "LR",
        insensitive_account_number: phone,
      });
      const session = await dollr<{ id: number }>("/v1/sessions/checkout", {
        source_id: invoiceId,
        source_type: "INVOICE",
      });

      // Kept on the device before the call, so a lost response can be checked later.
      const referenceId = Crypto.randomUUID();
      await AsyncStorage.setItem(`payment:${invoiceId}`, referenceId);

      const execution = await dollr<Execution>("/v1/executions/collection", {
        session_id: String(session.id),
        payment_account_id: String(account.id),
        currency: "USD",
        reference_id: referenceId,
      });
      console.log("execution", execution);
      setStatus(execution.status);
      setTimeout(() => poll(referenceId), 3_000);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View style={styles.container}>
      <Text style={styles.amount}>{amountLabel}</Text>
      <TextInput
        style={styles.input}
        value={phone}
        onChangeText={setPhone}
        keyboardType="phone-pad"
        placeholder="231771234567"
      />
      {busy ? <ActivityIndicator /> : <Button title="Pay" onPress={pay} />}
      {status && <Text>Status: {status}</Text>}
    </View>
  );
}

const styles = StyleSheet.create({
  container: { flex: 1, padding: 24, gap: 16 },
  amount: { fontSize: 28, fontWeight: "600" },
  input: { borderWidth: 1, borderColor: "#ccc", borderRadius: 8, padding: 12, fontSize: 18 },
});
