/** QR codes as SVG data URLs (the page's CSP allows data: images), with the `qrcode` package. */
import QRCode from 'qrcode'

/** The SVG of a QR code of the text: error correction M, a quiet zone of 2 modules. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } })
}

export async function qrSvgDataUrl(text: string): Promise<string> {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await qrSvg(text))}`
}
