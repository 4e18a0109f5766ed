/**
 * The box a signature is drawn in (mouse, pen or finger), sharp on high-DPI screens: the
 * canvas has one backing pixel per device pixel. When the window is resized or zoomed the
 * drawing is redrawn from its strokes at the new size, so nothing drawn is lost.
 */
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import SignaturePad from 'signature_pad';
import type { SignatureImage } from '../../../shared/signing/signature';
import { signatureImageFrom } from './signatureImage';

export interface DrawnSignatureHandle {
  /** The drawing as an image, or null when nothing has been drawn. */
  image: () => SignatureImage | null;
}

interface DrawnSignaturePadProps {
  id: string;
  label: string;
  describedBy?: string | undefined;
  handle: Ref<DrawnSignatureHandle>;
  onDrawn: () => void;
}

export function DrawnSignaturePad({ id, label, describedBy, handle, onDrawn }: DrawnSignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgb(255, 255, 255)', penColor: 'rgb(0, 0, 0)' });
    padRef.current = pad;
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const width = Math.round(canvas.offsetWidth * ratio);
      const height = Math.round(canvas.offsetHeight * ratio);
      if (canvas.width === width && canvas.height === height) return;
      const strokes = pad.toData();
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      // Strokes are kept in CSS pixels, so they redraw at the same place and size.
      pad.fromData(strokes);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    window.addEventListener('resize', fit);
    const ended = () => {
      setEmpty(pad.isEmpty());
      onDrawn();
    };
    pad.addEventListener('endStroke', ended);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      pad.removeEventListener('endStroke', ended);
      pad.off();
      padRef.current = null;
    };
  }, [onDrawn]);

  useImperativeHandle(
    handle,
    () => ({
      image: () => {
        const pad = padRef.current;
        const canvas = canvasRef.current;
        if (pad === null || canvas === null || pad.isEmpty()) return null;
        return signatureImageFrom(pad.toDataURL('image/png'), canvas.offsetWidth, canvas.offsetHeight);
      },
    }),
    [],
  );

  return (
    <div className="signature-pad">
      <canvas
        ref={canvasRef}
        id={id}
        className="signature-pad__canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        tabIndex={-1}
      />
      <div className="signature-pad__tools">
        <span className="signature-pad__state" aria-live="polite">
          {empty ? 'Nothing drawn yet' : 'Signature drawn'}
        </span>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            padRef.current?.clear();
            setEmpty(true);
          }}
        >
          Clear
        </button>
      </div>
    </div>
  );
}
