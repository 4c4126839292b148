plugins { kotlin("jvm") version "2.0.0" }
dependencies { implementation("io.ktor:ktor-client-cio:2.3.12") }
