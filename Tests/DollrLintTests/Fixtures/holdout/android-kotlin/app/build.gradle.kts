import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// Public build settings from .env (see .env.example).
val env = Properties().apply {
    val file = rootProject.file(".env")
    if (file.exists()) file.inputStream().use { load(it) }
}

android {
    namespace = "lr.bongmines.market"
    compileSdk = 34

    defaultConfig {
        applicationId = "lr.bongmines.market"
        minSdk = 24
        targetSdk = 34
        versionCode = 23
        versionName = "2.3.0"
        buildConfigField("String", "STRIPE_PUBLISHABLE_KEY", "\"${env.getProperty("STRIPE_PUBLISHABLE_KEY", "")}\"")
    }

    buildTypes {
        debug {
            // Market API on the developer's machine, reached from the emulator.
            buildConfigField("String", "API_BASE_URL", "\"http://10.0.2.2:8080\"")
        }
        release {
            isMinifyEnabled = true
            buildConfigField("String", "API_BASE_URL", "\"${env.getProperty("RELEASE_API_BASE_URL", "https://api.bongminesmarket.com")}\"")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    buildFeatures { buildConfig = true }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    kotlinOptions { jvmTarget = "17" }
}

dependencies {
    implementation("androidx.core:core-ktx:1.13.1")
    implementation("androidx.lifecycle:lifecycle-viewmodel-ktx:2.8.4")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-android:1.8.1")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.stripe:stripe-android:20.48.6")
}
