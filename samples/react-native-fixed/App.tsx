import { NavigationContainer } from "@react-navigation/native";
import { createNativeStackNavigator } from "@react-navigation/native-stack";
import { StatusBar } from "expo-status-bar";
import PayScreen from "./src/screens/PayScreen";
import type { CartItem } from "./src/api/backend";

export type RootStackParamList = {
  Pay: { orderId: string; items: CartItem[]; amountLabel: string };
};

const Stack = createNativeStackNavigator<RootStackParamList>();

export default function App() {
  return (
    <NavigationContainer>
      <StatusBar style="dark" />
      <Stack.Navigator>
        <Stack.Screen
          name="Pay"
          component={PayScreen}
          options={{ title: "Pay with mobile money" }}
          initialParams={{
            orderId: "1042",
            items: [{ name: "Rice 25kg", qty: 1, amount: 25 }],
            amountLabel: "USD 25.00",
          }}
        />
      </Stack.Navigator>
    </NavigationContainer>
  );
}
