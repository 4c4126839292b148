import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, timeout } from 'rxjs';
import { environment } from '../../environments/environment';

export interface PaymentStart {
  referenceId: string;
  status: string;
  clientSecret?: string | null;
}

// Talks to our own Express API (server.ts), which holds the Dollr credentials.
@Injectable({ providedIn: 'root' })
export class PaymentService {
  private readonly http = inject(HttpClient);

  private headers(): HttpHeaders {
    // The customer's login session with the pharmacy, not a Dollr token.
    const session = localStorage.getItem('gp_session') ?? '';
    return new HttpHeaders({ Authorization: `Bearer ${session}` });
  }

  payMomo(orderId: string, phone: string, network: 'mtn' | 'orange'): Observable<PaymentStart> {
    return this.http
      .post<PaymentStart>(`${environment.apiUrl}/orders/${orderId}/pay/momo`, { phone, network }, { headers: this.headers() })
      .pipe(timeout(20_000));
  }

  payCard(orderId: string, paymentMethodId: string): Observable<PaymentStart> {
    return this.http
      .post<PaymentStart>(`${environment.apiUrl}/orders/${orderId}/pay/card`, { paymentMethodId }, { headers: this.headers() })
      .pipe(timeout(20_000));
  }

  status(referenceId: string): Observable<{ status: string }> {
    return this.http
      .get<{ status: string }>(`${environment.apiUrl}/payments/${referenceId}`, { headers: this.headers() })
      .pipe(timeout(10_000));
  }
}
