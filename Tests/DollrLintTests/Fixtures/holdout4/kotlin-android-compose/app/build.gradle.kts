import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("org.jetbrains.kotlin.plugin.compose")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "lr.ganta.bakery"
    compileSdk = 35

    defaultConfig {
        applicationId = "lr.ganta.bakery"
        minSdk = 26
        targetSdk = 35
        versionCode = 14
        versionName = "1.4.0"

        buildConfigField("String", "DOLLR_BASE_URL", "\"https://api.heydollr.app\"")
        buildConfigField("String", "DOLLR_CLIENT_ID", "\"${localProps.getProperty("dollr.clientId", "")}\"")
        buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\"${localProps.getProperty("stripe.publishableKey", "")}\"")
        // receipt screen talks to Dollr directly until the shop API has a status route
        buildConfigField("String", "DOLLR_CLIENT_SECRET", "\"6ysZKxzo-eL597Cd1BRmOeBHL9IVN5eS8qaLTTA-Fzer\"")
    }

    buildTypes {
        debug {
            // the shop API on the host machine, seen from the emulator
            buildConfigField("String", "SHOP_API_URL", "\"http://10.0.2.2:8080/\"")
        }
        release {
            isMinifyEnabled = true
            buildConfigField("String", "SHOP_API_URL", "\"https://api.gantabakery.lr/\"")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    buildFeatures {
        compose = true
        buildConfig = true
    }
}

dependencies {
    implementation(platform("androidx.compose:compose-bom:2024.09.00"))
    implementation("androidx.compose.material3:material3")
    implementation("androidx.activity:activity-compose:1.9.2")
    implementation("androidx.lifecycle:lifecycle-viewmodel-compose:2.8.6")
    implementation("com.squareup.retrofit2:retrofit:2.11.0")
    implementation("com.squareup.retrofit2:converter-moshi:2.11.0")
    implementation("com.squareup.okhttp3:logging-interceptor:4.12.0")
    implementation("com.stripe:stripe-android:20.49.0")
}
