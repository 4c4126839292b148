import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply { load(rootProject.file("local.properties").inputStream()) }

android {
    namespace = "com.example.shop"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.example.shop"
        minSdk = 24
        // ok: client-bundle-secret
        buildConfigField("String", "API_BASE_URL", "\"https://shop-api.example.com\"")
        // ruleid: client-bundle-secret
        buildConfigField("String", "DOLLR_CLIENT_SECRET", "\"${localProps.getProperty("dollr.clientSecret")}\"")
    }
    buildFeatures { buildConfig = true }
}
