import React from "react";
import ReactDOM from "react-dom/client";
import { DOLLR_BASE_URL } from "./config";

function App() {
  return <a href={`${DOLLR_BASE_URL}/openapi.json`}>API</a>;
}

ReactDOM.createRoot(document.getElementById("root")!).render(<App />);
