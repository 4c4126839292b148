rootProject.name = "Shop"
include(":app")
