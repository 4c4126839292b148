import { useState } from "react";
import { ActivityIndicator, Button, StyleSheet, Text, TextInput, View } from "react-native";
import type { NativeStackScreenProps } from "@react-navigation/native-stack";
import type { RootStackParamList } from "../../App";
import { payOrder, paymentState } from "../api/backend";

type Props = NativeStackScreenProps<RootStackParamList, "Pay">;

// The app never calls /v1/jwt/client/obtain/token or any other Dollr endpoint:
// the backend owns the Dollr credentials and the reference_id.
export default function PayScreen({ route }: Props) {
  const { orderId, items, amountLabel } = route.params;
  const [fullname, setFullname] = useState("");
  const [phone, setPhone] = useState("231");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function poll(referenceId: string, delay = 3_000) {
    const state = await paymentState(referenceId);
    setStatus(state.status);
    if (state.status === "PENDING" || state.status === "PROCESSING") {
      setTimeout(() => poll(referenceId, Math.min(delay * 2, 60_000)), delay);
    }
  }

  async function pay() {
    setBusy(true);
    try {
      const { status: initial, reference_id } = await payOrder(orderId, fullname, phone, items);
      console.info("payment submitted", { reference_id, status: initial });
      setStatus(initial);
      setTimeout(() => poll(reference_id), 3_000);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View style={styles.container}>
      <Text style={styles.amount}>{amountLabel}</Text>
      <TextInput style={styles.input} value={fullname} onChangeText={setFullname} placeholder="Full name" />
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
