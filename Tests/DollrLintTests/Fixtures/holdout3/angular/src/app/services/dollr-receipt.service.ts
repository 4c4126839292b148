import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map, of, switchMap, tap, timeout } from 'rxjs';
import { environment } from '../../environments/environment';

interface TokenResponse {
  access_token: string;
  expires_in: number;
}

// Fetches the Dollr receipt straight from Dollr so the receipt page still
// works when our API is down.
@Injectable({ providedIn: 'root' })
export class DollrReceiptService {
  private readonly http = inject(HttpClient);
  private readonly base = 'https://api.heydollr.app';
  private readonly clientSecret = 'MgvtaWyeChQpCSZb80denz7wZzMboZyPpLhjWGJT';
  private token?: { value: string; until: number };

  private accessToken(): Observable<string> {
    if (this.token && Date.now() < this.token.until) return of(this.token.value);
    return this.http
      .post<TokenResponse>(`${this.base}/v1/jwt/client/obtain/token`, {
        client_id: environment.dollrClientId,
        client_secret: this.clientSecret,
      })
      .pipe(
        timeout(10_000),
        tap((t) => (this.token = { value: t.access_token, until: Date.now() + (t.expires_in - 5) * 60_000 })),
        map((t) => t.access_token),
      );
  }

  orderReceipt(dollrOrderId: number): Observable<unknown> {
    return this.accessToken().pipe(
      switchMap((token) =>
        this.http.get(`${this.base}/v1/orders/receipt/${dollrOrderId}`, {
          headers: new HttpHeaders({ Authorization: `Bearer ${token}` }),
        }),
      ),
      timeout(15_000),
    );
  }
}
