package com.kivu.billing.dollr;

public final class DollrPaths {
    public static final String TOKEN = "/v1/jwt/client/obtain/token";
    public static final String COLLECTION = "/v1/executions/collection";
    public static final String STATUS = "/v1/status/%s/%s";

    private DollrPaths() {
    }
}
