import { NavigationContainer } from "@react-navigation/native";
import { createNativeStackNavigator } from "@react-navigation/native-stack";
import { StatusBar } from "expo-status-bar";
import PayScreen from "./src/screens/PayScreen";

export type RootStackParamList = {
  Pay: { invoiceId: number; partyId: number; amountLabel: string };
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
          initialParams={{ invoiceId: 101, partyId: 42, amountLabel: "USD 25.00" }}
        />
      </Stack.Navigator>
    </NavigationContainer>
  );
}
