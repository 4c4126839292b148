using System.Text.Json;
using Fees.Portal.Dollr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fees.Portal.Pages;

public sealed class InvoiceModel(DollrApi dollr) : PageModel
{
    public JsonElement Fees { get; private set; }

    public async Task OnGetAsync(string id) => Fees = await dollr.PreviewFeesAsync(id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostPayAsync(long id)
    {
        var sessionId = await dollr.OpenCheckoutAsync(id, HttpContext.RequestAborted);
        return RedirectToPage("/Pay", new { session = sessionId });
    }
}
