# File generated from images.yaml by sdkgen. DO NOT EDIT.
# Change the spec or the templates and run `make generate` instead.


from .image import Image as Image
from .image_create_variation_params import ImageCreateVariationParams as ImageCreateVariationParams
from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
from .image_edit_params import ImageEditParams as ImageEditParams
from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
from .image_edit_stream_event import ImageEditStreamEvent as ImageEditStreamEvent
from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
from .image_gen_stream_event import ImageGenStreamEvent as ImageGenStreamEvent
from .image_generate_params import ImageGenerateParams as ImageGenerateParams
from .image_model import ImageModel as ImageModel
from .images_response import ImagesResponse as ImagesResponse
