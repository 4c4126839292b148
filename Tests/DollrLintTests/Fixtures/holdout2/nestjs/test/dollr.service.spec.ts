import { HttpService } from "@nestjs/axios";
import { ConfigService } from "@nestjs/config";
import { Test } from "@nestjs/testing";
import { of } from "rxjs";

import { DollrService } from "../src/dollr/dollr.service";

describe("DollrService", () => {
  const post = jest.fn();
  const get = jest.fn();
  let service: DollrService;

  beforeEach(async () => {
    post.mockReset();
    get.mockReset();
    const moduleRef = await Test.createTestingModule({
      providers: [
        DollrService,
        { provide: HttpService, useValue: { post, get } },
        {
          provide: ConfigService,
          useValue: {
            getOrThrow: (key: string) => ({ DOLLR_CLIENT_ID: "test-client", DOLLR_CLIENT_SECRET: "test-secret" })[key],
          },
        },
      ],
    }).compile();
    service = moduleRef.get(DollrService);
  });

  it("caches the token for its lifetime in minutes", async () => {
    post.mockReturnValue(of({ data: { access_token: "fake-token", expires_in: 60 } }));

    expect(await service.getToken()).toBe("fake-token");
    expect(await service.getToken()).toBe("fake-token");
    expect(post).toHaveBeenCalledTimes(1);
  });

  it("sends the bearer token on API calls", async () => {
    post.mockReturnValueOnce(of({ data: { access_token: "fake-token", expires_in: 60 } }));
    get.mockReturnValueOnce(
      of({ data: { status: "PROCESSING", reference_id: "6f1d2c3b-4a5e-4f70-8a91-b2c3d4e5f607" } }),
    );

    const res = await service.get("/v1/status/collection/6f1d2c3b-4a5e-4f70-8a91-b2c3d4e5f607");

    expect(res).toEqual({ status: "PROCESSING", reference_id: "6f1d2c3b-4a5e-4f70-8a91-b2c3d4e5f607" });
    expect(get.mock.calls[0][1].headers.Authorization).toBe("Bearer fake-token");
  });
});
